-- Master data (pegawai*.csv): one row per employee, in English names.
with source as (
    select * from raw.pegawai
),

renamed as (
    select
        -- identity
        nip,
        nama as name,
        jenis_kelamin as gender,
        tanggal_lahir as birth_date,
        -- employment
        jenis_pegawai as employee_type,
        golongan as grade,
        jenis_jabatan as position_type,
        nama_jabatan as position_name,
        nullif(trim(eselon), '') as echelon,
        kode_unit as unit_code,
        -- TMT: tmt_mulai is the first day counted, tmt_selesai the first day no longer counted
        tmt_mulai as start_date,
        tmt_selesai as end_date,
        mode_presensi as attendance_mode
    from source
)

select * from renamed

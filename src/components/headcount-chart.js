// Active employees per OPD, stacked by position type (jenis jabatan).
import * as Plot from "npm:@observablehq/plot";
import {labelSpace, plotWidth, shortLabel} from "./axis.js";
import {formatNumber} from "./format.js";
import {CATEGORY_COLORS} from "./palette.js";

export const POSITION_TYPES = ["jpt", "administrator", "pengawas", "fungsional", "pelaksana"];
export const POSITION_LABELS = {
  jpt: "JPT",
  administrator: "Administrator",
  pengawas: "Pengawas",
  fungsional: "Fungsional",
  pelaksana: "Pelaksana"
};

const positionLabel = (type) => POSITION_LABELS[type] ?? type ?? "Tidak diketahui";

/** rows: {opd_code, opd_name, position_type, employees} */
export function headcountByOpd(rows, {width} = {}) {
  const opds = new Set(rows.map((d) => d.opd_name));
  const {chars, margin} = labelSpace(opds, width);
  width = plotWidth(width, margin);
  const types = [...POSITION_TYPES, ...new Set(rows.map((d) => d.position_type).filter((t) => !POSITION_TYPES.includes(t)))];
  return Plot.plot({
    width,
    height: Math.max(160, opds.size * 20 + 70),
    marginLeft: margin,
    marginRight: 16,
    x: {label: "Pegawai aktif (orang)", grid: true, tickFormat: (d) => formatNumber(d)},
    y: {label: null, tickFormat: (d) => shortLabel(d, chars)},
    color: {
      legend: true,
      domain: types,
      range: CATEGORY_COLORS,
      tickFormat: positionLabel
    },
    marks: [
      Plot.barX(rows, {
        x: "employees",
        y: "opd_name",
        fill: "position_type",
        order: types,
        sort: {y: "-x"},
        title: (d) => `${d.opd_name}\n${positionLabel(d.position_type)}: ${formatNumber(d.employees)} pegawai`,
        tip: true
      }),
      Plot.ruleX([0])
    ]
  });
}

-- The input sources this build reads, in their order: the file names each matches and what the
-- file holds (pipeline/sources/*.ts). The Kualitas Data page's list of files to drop in, and the
-- names beside every per-source figure of marts.load_report.
select position, source, files, about
from raw.sources

// Which text encoding a .dbf uses. Chinese shapefiles are very often GBK without saying so, so: the .cpg file if
// there is one, else the dBASE language driver byte, else UTF-8 if every byte decodes as UTF-8, else GB18030 (a
// superset of GBK and GB2312).

const CPG_ALIASES: Record<string, string> = {
  '936': 'gb18030',
  cp936: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  gb18030: 'gb18030',
  '65001': 'utf-8',
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  '1252': 'windows-1252',
  ansi_1252: 'windows-1252',
  '950': 'big5',
  big5: 'big5',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};
/** dBASE language driver ids that name an encoding (byte 29 of the header). */
const DRIVER_IDS: Record<number, string> = {
  77: 'gb18030',
  122: 'gb18030',
  120: 'big5',
  87: 'windows-1252',
  3: 'windows-1252',
};

export function encodingFromCpg(cpgText: string): string | undefined {
  const label = cpgText.trim().toLowerCase();
  if (!label) return undefined;
  if (CPG_ALIASES[label]) return CPG_ALIASES[label];
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

export function guessDbfEncoding(dbf: Uint8Array, languageDriverId: number): string {
  if (DRIVER_IDS[languageDriverId]) return DRIVER_IDS[languageDriverId];
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

// What a pipe gets when its file leaves a value out or gives a nonsense one, and what counts as nonsense. Defaults
// are typical urban sizes per class; pipes drawn with them are marked so nobody mistakes them for survey data.
import type { PipeClass } from '../../analysis/pipes/pipe-model.ts';

/** Chinese class names and common spellings → CJJ 61 class code. */
export const CLASS_ALIASES: Record<string, PipeClass> = {
  给水: 'JS',
  上水: 'JS',
  排水: 'PS',
  雨水: 'PS',
  污水: 'PS',
  合流: 'PS',
  下水: 'PS',
  燃气: 'RQ',
  煤气: 'RQ',
  天然气: 'RQ',
  热力: 'RL',
  供热: 'RL',
  电力: 'DL',
  通信: 'TX',
  电信: 'TX',
  工业: 'GY',
  综合管沟: 'ZH',
  综合管廊: 'ZH',
  不明: 'BM',
};

export const DEFAULT_SIZE_MM: Record<PipeClass, { widthMm: number; heightMm: number }> = {
  JS: { widthMm: 200, heightMm: 200 },
  PS: { widthMm: 400, heightMm: 400 },
  RQ: { widthMm: 150, heightMm: 150 },
  RL: { widthMm: 300, heightMm: 300 },
  DL: { widthMm: 150, heightMm: 150 },
  TX: { widthMm: 110, heightMm: 110 },
  GY: { widthMm: 150, heightMm: 150 },
  ZH: { widthMm: 3000, heightMm: 2500 },
  BM: { widthMm: 150, heightMm: 150 },
};

/** Drainage invert depth vs. top depth of other pipes (CJJ 61). */
export const defaultDepthM = (pipeClass: PipeClass): number => (pipeClass === 'PS' ? 2 : 1);
export const DEFAULT_WELL_DEPTH_M = 1.5;

/** Outside these ranges a value is a typing or unit error (a diameter in metres, a depth in centimetres). */
export const SIZE_RANGE_MM = { min: 20, max: 15000 };
export const DEPTH_RANGE_M = { min: 0, max: 30 };

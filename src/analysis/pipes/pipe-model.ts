// Pipelines as the analyses see them (DESIGN.md §3): plain segments and wells in lon/lat with burial depths in metres.
// Depths follow CJJ 61 practice: drainage (PS) is measured to the pipe invert, every other class to the pipe top.
import type { LonLat } from '../building-record.ts';

export const PIPE_CLASSES = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'ZH', 'BM'] as const;
export type PipeClass = (typeof PIPE_CLASSES)[number];

export interface PipeSegment {
  id: string;
  pipeClass: PipeClass;
  subtype: string;
  section: 'circle' | 'rect';
  /** Outer width; for a circle, the diameter. */
  widthMm: number;
  /** Outer height; for a circle, the diameter. */
  heightMm: number;
  /** Burial depth at the first and last point of `path`: to the invert for drainage, to the top otherwise. */
  startDepthM: number;
  endDepthM: number;
  /** Gas pressure class as written (低压, 中压A, …), when known. */
  pressure?: string;
  path: LonLat[];
  /** Attribute names that were missing or unusable and got a default (the layer marks such pipes). */
  defaulted: string[];
  attributes: Record<string, unknown>;
}

export interface PipeWell {
  id: string;
  pipeClass: PipeClass;
  position: LonLat;
  depthM: number;
  defaulted: string[];
  attributes: Record<string, unknown>;
}

export interface PipeNetwork {
  segments: PipeSegment[];
  wells: PipeWell[];
}

/** Depth below ground of a pipe's outer top and bottom, given its burial depth at that point. */
export function outerDepths(segment: PipeSegment, burialDepthM: number): { topM: number; bottomM: number } {
  const heightM = segment.heightMm / 1000;
  return segment.pipeClass === 'PS'
    ? { topM: burialDepthM - heightM, bottomM: burialDepthM }
    : { topM: burialDepthM, bottomM: burialDepthM + heightM };
}

/** Depth of the pipe axis below ground for a burial depth. */
export function axisDepthM(segment: PipeSegment, burialDepthM: number): number {
  const { topM, bottomM } = outerDepths(segment, burialDepthM);
  return (topM + bottomM) / 2;
}

/** Burial depth at a fraction 0..1 of the way along the segment (depth varies linearly with length: a constant slope). */
export function burialDepthAt(segment: PipeSegment, fraction: number): number {
  return segment.startDepthM + (segment.endDepthM - segment.startDepthM) * fraction;
}

export const halfWidthM = (segment: PipeSegment): number => segment.widthMm / 2000;

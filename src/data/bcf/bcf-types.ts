// BCF 3.0 (buildingSMART BCF-XML, release_3_0) topics as plain data: what this app writes and what it keeps of a file
// another tool wrote: every topic, comment and viewpoint with its camera, selected and exceptional components and
// snapshot. Lines, clipping planes, bitmaps, document references and the file header are not kept.
import type { Vec3 } from '../../geometry/ellipsoid.ts';

export interface BcfPerspectiveCamera {
  kind: 'perspective';
  viewPoint: Vec3;
  direction: Vec3;
  up: Vec3;
  /** Vertical, degrees. */
  fieldOfViewDeg: number;
  /** Width over height of the view. */
  aspectRatio: number;
}

export interface BcfOrthogonalCamera {
  kind: 'orthogonal';
  viewPoint: Vec3;
  direction: Vec3;
  up: Vec3;
  /** The view's visible height, metres. */
  viewToWorldScale: number;
  aspectRatio: number;
}

export interface BcfViewpoint {
  guid: string;
  camera: BcfPerspectiveCamera | BcfOrthogonalCamera;
  /** IfcGuids of the components selected when the viewpoint was made. */
  selection: string[];
  defaultVisibility: boolean;
  /** IfcGuids whose visibility is the opposite of defaultVisibility. */
  visibilityExceptions: string[];
  /** PNG or JPEG bytes. */
  snapshot?: { bytes: Uint8Array; format: 'png' | 'jpg' };
}

export interface BcfComment {
  guid: string;
  /** ISO 8601 date-time. */
  date: string;
  author: string;
  text: string;
  viewpointGuid?: string;
  modifiedDate?: string;
  modifiedAuthor?: string;
}

export interface BcfTopic {
  guid: string;
  topicType: string;
  topicStatus: string;
  serverAssignedId?: string;
  referenceLinks: string[];
  title: string;
  priority?: string;
  labels: string[];
  creationDate: string;
  creationAuthor: string;
  modifiedDate?: string;
  modifiedAuthor?: string;
  dueDate?: string;
  assignedTo?: string;
  stage?: string;
  description?: string;
  comments: BcfComment[];
  viewpoints: BcfViewpoint[];
}

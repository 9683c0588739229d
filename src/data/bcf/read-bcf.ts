// Reading BCF 3.0 files from any tool, hostile ones included: the archive and each entry are held to caps (entries,
// bytes per XML file and per snapshot, bytes in all), XML is read by the strict xml-parse.ts, and a topic whose
// markup, viewpoint or snapshot is unusable is left out and reported as a DataError naming the file and the problem,
// while the other topics import.
import { DEFAULT_LIMITS } from '../../config/deployment-config.ts';
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import { DataError } from '../../shared/errors.ts';
import { isZip, zipEntries, zipEntryBytes, type ZipEntry } from '../zip-archive.ts';
import type { BcfComment, BcfTopic, BcfViewpoint } from './bcf-types.ts';
import { child, childrenNamed, childText, parseXml, type XmlElement } from './xml-parse.ts';

const ARCHIVE = '.bcf archive';

/** Caps on what one BCF file may hold; past them it is refused or the topic is left out. */
export const BCF_LIMITS = {
  maxEntries: 20_000,
  maxXmlBytes: 4 * 1024 * 1024,
  maxSnapshotBytes: 16 * 1024 * 1024,
  maxTotalBytes: Math.min(DEFAULT_LIMITS.maxInflatedBytes, 512 * 1024 * 1024),
};

export interface BcfReadResult {
  topics: BcfTopic[];
  /** One per topic left out. */
  problems: DataError[];
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

class ArchiveReader {
  private readonly byName = new Map<string, ZipEntry>();
  private totalBytes = 0;
  constructor(
    private readonly bytes: Uint8Array,
    readonly source: string,
    private readonly limits: typeof BCF_LIMITS,
  ) {
    const entries = zipEntries(bytes, source, ARCHIVE);
    if (entries.length > limits.maxEntries)
      throw new DataError(source, `the ${ARCHIVE} has ${entries.length} entries, more than ${limits.maxEntries}`);
    for (const entry of entries) this.byName.set(entry.name.replace(/\\/g, '/'), entry);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  async read(name: string, maxBytes: number): Promise<Uint8Array> {
    const entry = this.byName.get(name);
    if (!entry) throw new DataError(this.source, `the ${ARCHIVE} has no ${name}`);
    const bytes = await zipEntryBytes(this.bytes, entry, this.source, ARCHIVE, maxBytes);
    if (bytes.length > maxBytes) throw new DataError(this.source, `${name} is more than ${maxBytes} bytes`);
    this.totalBytes += bytes.length;
    if (this.totalBytes > this.limits.maxTotalBytes)
      throw new DataError(this.source, `the ${ARCHIVE} unpacks to more than ${this.limits.maxTotalBytes} bytes`);
    return bytes;
  }

  async xml(name: string): Promise<XmlElement> {
    const bytes = await this.read(name, this.limits.maxXmlBytes);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new DataError(`${this.source}/${name}`, 'the XML is not UTF-8 text');
    }
    return parseXml(text.replace(/^\uFEFF/, ''), `${this.source}/${name}`);
  }
}

function number(element: XmlElement | undefined, name: string, source: string): number {
  const value = Number(childText(element, name)?.trim() || Number.NaN);
  if (!Number.isFinite(value)) throw new DataError(source, `<${element?.name}> has no number in <${name}>`);
  return value;
}

const vector = (element: XmlElement | undefined, name: string, source: string): Vec3 => {
  const xyz = child(element, name);
  if (!xyz) throw new DataError(source, `<${element?.name}> has no <${name}>`);
  return [number(xyz, 'X', source), number(xyz, 'Y', source), number(xyz, 'Z', source)];
};

const componentGuids = (element: XmlElement | undefined): string[] =>
  childrenNamed(element, 'Component')
    .map((component) => component.attributes.IfcGuid ?? '')
    .filter((guid) => guid !== '');

function camera(info: XmlElement, source: string): BcfViewpoint['camera'] {
  const perspective = child(info, 'PerspectiveCamera');
  const orthogonal = child(info, 'OrthogonalCamera');
  const element = perspective ?? orthogonal;
  if (!element) throw new DataError(source, 'the viewpoint has neither a PerspectiveCamera nor an OrthogonalCamera');
  const pose = {
    viewPoint: vector(element, 'CameraViewPoint', source),
    direction: vector(element, 'CameraDirection', source),
    up: vector(element, 'CameraUpVector', source),
    aspectRatio: number(element, 'AspectRatio', source),
  };
  return perspective
    ? { kind: 'perspective', ...pose, fieldOfViewDeg: number(element, 'FieldOfView', source) }
    : { kind: 'orthogonal', ...pose, viewToWorldScale: number(element, 'ViewToWorldScale', source) };
}

async function viewpoint(archive: ArchiveReader, folder: string, entry: XmlElement): Promise<BcfViewpoint> {
  const file = `${folder}/${childText(entry, 'Viewpoint')!.trim()}`;
  const source = `${archive.source}/${file}`;
  const info = await archive.xml(file);
  if (info.name !== 'VisualizationInfo')
    throw new DataError(source, `the root element is <${info.name}>, not <VisualizationInfo>`);
  const components = child(info, 'Components');
  const visibility = child(components, 'Visibility');
  const result: BcfViewpoint = {
    guid: entry.attributes.Guid ?? info.attributes.Guid ?? '',
    camera: camera(info, source),
    selection: componentGuids(child(components, 'Selection')),
    defaultVisibility: visibility?.attributes.DefaultVisibility !== 'false',
    visibilityExceptions: componentGuids(child(visibility, 'Exceptions')),
  };
  const snapshotName = childText(entry, 'Snapshot')?.trim();
  if (snapshotName && archive.has(`${folder}/${snapshotName}`)) {
    const bytes = await archive.read(`${folder}/${snapshotName}`, BCF_LIMITS.maxSnapshotBytes);
    const format = startsWith(bytes, PNG) ? 'png' : startsWith(bytes, JPEG) ? 'jpg' : undefined;
    if (!format)
      throw new DataError(`${archive.source}/${folder}/${snapshotName}`, 'the snapshot is neither PNG nor JPEG');
    result.snapshot = { bytes, format };
  }
  return result;
}

const optional = (element: XmlElement, name: string) => childText(element, name)?.trim() || undefined;

async function topic(archive: ArchiveReader, folder: string): Promise<BcfTopic> {
  const source = `${archive.source}/${folder}/markup.bcf`;
  const markup = await archive.xml(`${folder}/markup.bcf`);
  const element = child(markup, 'Topic');
  if (markup.name !== 'Markup' || !element) throw new DataError(source, 'there is no <Markup><Topic>');
  const guid = element.attributes.Guid?.trim().toLowerCase();
  if (!guid) throw new DataError(source, 'the <Topic> has no Guid');
  const comments: BcfComment[] = childrenNamed(child(element, 'Comments'), 'Comment').map((comment) => ({
    guid: comment.attributes.Guid ?? '',
    date: childText(comment, 'Date')?.trim() ?? '',
    author: childText(comment, 'Author')?.trim() ?? '',
    text: childText(comment, 'Comment') ?? '',
    ...(child(comment, 'Viewpoint')?.attributes.Guid
      ? { viewpointGuid: child(comment, 'Viewpoint')!.attributes.Guid }
      : {}),
    ...(optional(comment, 'ModifiedDate') ? { modifiedDate: optional(comment, 'ModifiedDate') } : {}),
    ...(optional(comment, 'ModifiedAuthor') ? { modifiedAuthor: optional(comment, 'ModifiedAuthor') } : {}),
  }));
  // Viewpoints in their Index order, where given (BCF leaves the order of elements without Index open).
  // A ViewPoint without a .bcfv (a snapshot alone) has no camera to restore: it is not kept.
  const entries = childrenNamed(child(element, 'Viewpoints'), 'ViewPoint')
    .filter((entry) => childText(entry, 'Viewpoint')?.trim())
    .map((entry, position) => ({ entry, order: Number(childText(entry, 'Index') ?? position) || position }))
    .sort((a, b) => a.order - b.order);
  const viewpoints: BcfViewpoint[] = [];
  for (const { entry } of entries) viewpoints.push(await viewpoint(archive, folder, entry));
  const texts = (wrapper: string, name: string) =>
    childrenNamed(child(element, wrapper), name).map((item) => item.text.trim());
  const result: BcfTopic = {
    guid,
    topicType: element.attributes.TopicType ?? '',
    topicStatus: element.attributes.TopicStatus ?? '',
    referenceLinks: texts('ReferenceLinks', 'ReferenceLink'),
    title: childText(element, 'Title') ?? '',
    labels: texts('Labels', 'Label'),
    creationDate: childText(element, 'CreationDate')?.trim() ?? '',
    creationAuthor: childText(element, 'CreationAuthor')?.trim() ?? '',
    comments,
    viewpoints,
  };
  if (element.attributes.ServerAssignedId) result.serverAssignedId = element.attributes.ServerAssignedId;
  for (const [key, name] of [
    ['priority', 'Priority'],
    ['modifiedDate', 'ModifiedDate'],
    ['modifiedAuthor', 'ModifiedAuthor'],
    ['dueDate', 'DueDate'],
    ['assignedTo', 'AssignedTo'],
    ['stage', 'Stage'],
  ] as const) {
    const value = optional(element, name);
    if (value) result[key] = value;
  }
  const description = childText(element, 'Description');
  if (description) result.description = description;
  return result;
}

/** The topics of a BCF 3.0 file; a file that is not one at all is a DataError naming `source`. */
export async function readBcf(bytes: Uint8Array, source: string, limits = BCF_LIMITS): Promise<BcfReadResult> {
  if (!isZip(bytes)) throw new DataError(source, 'this is not a BCF file: BCF is a ZIP archive, and this is not one');
  const archive = new ArchiveReader(bytes, source, limits);
  if (!archive.has('bcf.version')) throw new DataError(source, 'this is not a BCF file: it has no bcf.version');
  const version = (await archive.xml('bcf.version')).attributes.VersionId ?? '';
  if (!/^3\.\d/.test(version))
    throw new DataError(source, `the file is BCF ${version || 'of an unknown version'}; only BCF 3.0 is read`);
  const folders = archive
    .names()
    .filter((name) => /^[^/]+\/markup\.bcf$/.test(name))
    .map((name) => name.slice(0, name.indexOf('/')));
  const topics: BcfTopic[] = [];
  const problems: DataError[] = [];
  for (const folder of folders) {
    try {
      topics.push(await topic(archive, folder));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      // The whole archive past its cap: no further topic can be read either.
      if (error.message.includes(`unpacks to more than`)) throw error;
      problems.push(new DataError(error.source, `topic ${folder} left out: ${error.message}`, error.location));
    }
  }
  return { topics, problems };
}

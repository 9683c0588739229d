// BCF 3.0 files (buildingSMART BCF-XML release_3_0): a zip with bcf.version, extensions.xml and, per topic, a folder
// named by its GUID with markup.bcf, one .bcfv per viewpoint (viewpoint.bcfv for the first) and its snapshot.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Vec3 } from '../../geometry/ellipsoid.ts';
import type { BcfTopic, BcfViewpoint } from './bcf-types.ts';
import { textElement, xmlDocument, type XmlNode } from './xml-write.ts';

/** The status names this app writes (README "Review comments"); other tools' names are kept as they came. */
export const BCF_TOPIC_STATUSES = ['Open', 'Resolved'] as const;
export const BCF_TOPIC_TYPE = 'Comment';

/** The files of one viewpoint in its topic folder: the first is `viewpoint.bcfv` and `snapshot.png`. */
export function viewpointFileNames(viewpoint: BcfViewpoint, index: number): { bcfv: string; snapshot?: string } {
  const stem = index === 0 ? '' : `-${viewpoint.guid}`;
  const extension = viewpoint.snapshot?.format === 'jpg' ? 'jpg' : 'png';
  return {
    bcfv: `viewpoint${stem}.bcfv`,
    ...(viewpoint.snapshot ? { snapshot: `snapshot${stem}.${extension}` } : {}),
  };
}

const list = (wrapper: string, name: string, texts: string[]): XmlNode | undefined =>
  texts.length ? { name: wrapper, children: texts.map((text) => ({ name, text })) } : undefined;

function markup(topic: BcfTopic): string {
  return xmlDocument({
    name: 'Markup',
    children: [
      {
        name: 'Topic',
        attributes: {
          Guid: topic.guid,
          ServerAssignedId: topic.serverAssignedId,
          TopicType: topic.topicType,
          TopicStatus: topic.topicStatus,
        },
        children: [
          list('ReferenceLinks', 'ReferenceLink', topic.referenceLinks),
          { name: 'Title', text: topic.title },
          textElement('Priority', topic.priority),
          list('Labels', 'Label', topic.labels),
          { name: 'CreationDate', text: topic.creationDate },
          { name: 'CreationAuthor', text: topic.creationAuthor },
          textElement('ModifiedDate', topic.modifiedDate),
          textElement('ModifiedAuthor', topic.modifiedAuthor),
          textElement('DueDate', topic.dueDate),
          textElement('AssignedTo', topic.assignedTo),
          textElement('Stage', topic.stage),
          textElement('Description', topic.description),
          topic.comments.length
            ? {
                name: 'Comments',
                children: topic.comments.map((comment) => ({
                  name: 'Comment',
                  attributes: { Guid: comment.guid },
                  children: [
                    { name: 'Date', text: comment.date },
                    { name: 'Author', text: comment.author },
                    { name: 'Comment', text: comment.text },
                    comment.viewpointGuid
                      ? { name: 'Viewpoint', attributes: { Guid: comment.viewpointGuid } }
                      : undefined,
                    textElement('ModifiedDate', comment.modifiedDate),
                    textElement('ModifiedAuthor', comment.modifiedAuthor),
                  ],
                })),
              }
            : undefined,
          topic.viewpoints.length
            ? {
                name: 'Viewpoints',
                children: topic.viewpoints.map((viewpoint, index) => {
                  const files = viewpointFileNames(viewpoint, index);
                  return {
                    name: 'ViewPoint',
                    attributes: { Guid: viewpoint.guid },
                    children: [
                      { name: 'Viewpoint', text: files.bcfv },
                      textElement('Snapshot', files.snapshot),
                      { name: 'Index', text: String(index) },
                    ],
                  };
                }),
              }
            : undefined,
        ],
      },
    ],
  });
}

const xyz = (name: string, [x, y, z]: Vec3): XmlNode => ({
  name,
  children: [
    { name: 'X', text: String(x) },
    { name: 'Y', text: String(y) },
    { name: 'Z', text: String(z) },
  ],
});

const components = (guids: string[]): XmlNode[] =>
  guids.map((guid) => ({ name: 'Component', attributes: { IfcGuid: guid } }));

function visualizationInfo(viewpoint: BcfViewpoint): string {
  const { camera } = viewpoint;
  return xmlDocument({
    name: 'VisualizationInfo',
    attributes: { Guid: viewpoint.guid },
    children: [
      {
        name: 'Components',
        children: [
          viewpoint.selection.length ? { name: 'Selection', children: components(viewpoint.selection) } : undefined,
          {
            name: 'Visibility',
            attributes: { DefaultVisibility: String(viewpoint.defaultVisibility) },
            children: [
              viewpoint.visibilityExceptions.length
                ? { name: 'Exceptions', children: components(viewpoint.visibilityExceptions) }
                : undefined,
            ],
          },
        ],
      },
      {
        name: camera.kind === 'perspective' ? 'PerspectiveCamera' : 'OrthogonalCamera',
        children: [
          xyz('CameraViewPoint', camera.viewPoint),
          xyz('CameraDirection', camera.direction),
          xyz('CameraUpVector', camera.up),
          camera.kind === 'perspective'
            ? { name: 'FieldOfView', text: String(camera.fieldOfViewDeg) }
            : { name: 'ViewToWorldScale', text: String(camera.viewToWorldScale) },
          { name: 'AspectRatio', text: String(camera.aspectRatio) },
        ],
      },
    ],
  });
}

/** The topic types and statuses in use, so that a tool which enforces extensions.xml accepts every topic. */
function extensions(topics: readonly BcfTopic[]): string {
  const unique = (names: string[]) => [...new Set(names)].map((text) => ({ text }));
  const types = unique([BCF_TOPIC_TYPE, ...topics.map((topic) => topic.topicType)]);
  const statuses = unique([...BCF_TOPIC_STATUSES, ...topics.map((topic) => topic.topicStatus)]);
  return xmlDocument({
    name: 'Extensions',
    children: [
      { name: 'TopicTypes', children: types.map(({ text }) => ({ name: 'TopicType', text })) },
      { name: 'TopicStatuses', children: statuses.map(({ text }) => ({ name: 'TopicStatus', text })) },
    ],
  });
}

/** The .bcf zip of these topics. */
export function writeBcf(topics: readonly BcfTopic[]): Uint8Array {
  const files: Zippable = {
    'bcf.version': strToU8(xmlDocument({ name: 'Version', attributes: { VersionId: '3.0' } })),
    'extensions.xml': strToU8(extensions(topics)),
  };
  for (const topic of topics) {
    const folder: Zippable = { 'markup.bcf': strToU8(markup(topic)) };
    topic.viewpoints.forEach((viewpoint, index) => {
      const names = viewpointFileNames(viewpoint, index);
      folder[names.bcfv] = strToU8(visualizationInfo(viewpoint));
      // PNG and JPEG are compressed already: stored, not deflated again.
      if (names.snapshot && viewpoint.snapshot) folder[names.snapshot] = [viewpoint.snapshot.bytes, { level: 0 }];
    });
    files[topic.guid] = folder;
  }
  return zipSync(files, { level: 6 });
}

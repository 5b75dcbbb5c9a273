import { z } from 'zod';
import { Area, Attachment, Research, ResearchFields, ResearchStatus } from '../domain';
import { Id } from '../ids';
import { byId, type ContractPart } from './common';

/** Attachments are at most 25 MB each (issue 3); the UI says so before sending anything. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Base64 of the largest allowed file: longer strings are refused before they are decoded. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;
/** Citation files to import (RIS, CSL-JSON) are text; Zotero exports of a whole library stay well below this. */
export const MAX_CITATION_FILE_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4;

/** Only these kinds of file can be attached; checked by extension and by the file's first bytes. */
export const ATTACHMENT_KINDS = ['pdf', 'docx', 'pptx', 'png', 'jpeg', 'gif', 'webp'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_EXTENSIONS: Record<AttachmentKind, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  pptx: ['pptx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
};
export const ATTACHMENT_MEDIA_TYPES: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Why an attachment was refused; the UI words each one for people. */
export const ATTACHMENT_PROBLEMS = ['too_large', 'empty', 'type_not_allowed', 'content_mismatch'] as const;
export type AttachmentProblem = (typeof ATTACHMENT_PROBLEMS)[number];

/** Someone a record refers to, with enough to show and link them. */
export const PersonRef = z.object({ id: Id, name: z.string(), institution: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const CITATION_FORMATS = ['ris', 'bibtex', 'csl-json'] as const;
export const CitationFormat = z.enum(CITATION_FORMATS);
export type CitationFormat = z.infer<typeof CitationFormat>;

export const ResearchPage = z.object({ total: z.number(), items: z.array(Research), people: z.array(PersonRef) });
export type ResearchPage = z.infer<typeof ResearchPage>;

export const ResearchDetail = z.object({ research: Research, people: z.array(PersonRef) });
export type ResearchDetail = z.infer<typeof ResearchDetail>;

export const CitationFile = z.object({ fileName: z.string(), mediaType: z.string(), text: z.string(), count: z.number() });
export type CitationFile = z.infer<typeof CitationFile>;

/** One entry of an import file that will become a draft result. */
export const ImportEntry = z.object({
  entry: z.number(),
  fields: ResearchFields,
  unmatchedAuthors: z.array(z.string()),
  unmatchedPartners: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ImportEntry = z.infer<typeof ImportEntry>;

export const RejectedEntry = z.object({ entry: z.number(), reason: z.string() });
export type RejectedEntry = z.infer<typeof RejectedEntry>;

export const ImportPreview = z.object({
  format: z.enum(['ris', 'csl-json']),
  entries: z.array(ImportEntry),
  rejected: z.array(RejectedEntry),
  people: z.array(PersonRef),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

const citationFileInput = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z.string().min(1).max(MAX_CITATION_FILE_BASE64),
});

export const researchContract = {
  'research:list': {
    input: z.strictObject({
      /** Results this member wrote or took part in. */
      memberId: Id.optional(),
      /** Published results (default), only drafts, or both. */
      drafts: z.enum(['exclude', 'only', 'include']).default('exclude'),
      status: ResearchStatus.optional(),
      area: Area.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(60),
    }),
    output: ResearchPage,
  },
  'research:get': { input: byId, output: ResearchDetail },
  'research:save': { input: z.strictObject({ id: Id.optional(), fields: ResearchFields }), output: Research },
  'research:delete': { input: byId, output: byId },
  /** One or many results as a reference file; without ids every published result. */
  'research:cite': {
    input: z.strictObject({ format: CitationFormat, ids: z.array(Id).max(10_000).optional() }),
    output: CitationFile,
  },
  /** What importing this RIS or CSL-JSON file would do; changes nothing. */
  'research:importPreview': { input: citationFileInput, output: ImportPreview },
  /** Imports the good entries of the file as drafts; the bad ones are reported, not stored. */
  'research:import': {
    input: citationFileInput,
    output: z.object({ imported: z.array(Id), rejected: z.array(RejectedEntry) }),
  },
  /** Stores a file in the data directory (content-addressed) for a result to refer to. */
  'attachments:add': {
    input: z.strictObject({
      name: Attachment.shape.name,
      dataBase64: z.string().max(MAX_ATTACHMENT_BASE64),
    }),
    output: Attachment,
  },
  /** Opens an attachment of a result with the OS viewer; `opened: false` where the host cannot. */
  'attachments:open': {
    input: z.strictObject({ researchId: Id, sha256: Attachment.shape.sha256 }),
    output: z.object({ opened: z.boolean() }),
  },
  /** The bytes of an attachment, for a download where the OS viewer is not available. */
  'attachments:download': {
    input: z.strictObject({ researchId: Id, sha256: Attachment.shape.sha256 }),
    output: z.object({ name: z.string(), mediaType: z.string(), dataBase64: z.string() }),
  },
} as const satisfies ContractPart;

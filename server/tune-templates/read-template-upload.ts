import { z } from 'zod';
import { invalidField } from '../errors';
import { checkTemplateText, MAX_TEMPLATE_BYTES } from './check-template-text';
import { decodeUtf8 } from './decode-utf8';

/** A file part of a multipart body (undici's File; checked by shape, not by class). */
export interface UploadedFile {
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

function isUploadedFile(value: unknown): value is UploadedFile {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as UploadedFile).size === 'number' &&
    typeof (value as UploadedFile).arrayBuffer === 'function'
  );
}

/** Body of PUT /v2/tune-templates/{id}/template: the form field `file`, a file or plain text. */
export const TemplateUploadSchema = z.object({
  file: z.union([
    z.string(),
    z.custom<UploadedFile>(isUploadedFile, 'must be a file in the multipart field `file`'),
  ]),
});

/** Reads an uploaded template (file or text field) and checks it like created content. */
export async function readTemplateUpload(file: string | UploadedFile): Promise<string> {
  const loc = ['body', 'file'];
  if (typeof file === 'string') return checkTemplateText(file, loc);
  if (file.size > MAX_TEMPLATE_BYTES) {
    throw invalidField(
      loc,
      `the template is ${file.size} bytes; the limit is ${MAX_TEMPLATE_BYTES} bytes`,
    );
  }
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()), loc);
  return checkTemplateText(text, loc);
}

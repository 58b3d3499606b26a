import { MessageSchema, UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import { TemplateUploadSchema } from '../../../tune-templates/read-template-upload';
import { updateTuneTemplateContent } from '../../../tune-templates/update-tune-template-content';

export const updateTuneTemplateTextEndpoint = defineEndpoint({
  method: 'PUT',
  path: '/v2/tune-templates/{id}/template',
  tag: 'Tune templates',
  summary: "Replace a template's Jinja source",
  description:
    'Multipart form with the template file in the field `file` (at most 256 KiB of UTF-8 ' +
    'text); it must parse as Jinja. Seeded templates: administrators only.',
  params: UuidParamSchema,
  body: TemplateUploadSchema,
  bodyKind: 'multipart',
  success: { status: 200, schema: MessageSchema },
  handler: async ({ user, params, body }) => {
    await updateTuneTemplateContent(user, params.id, body.file);
    return json({ message: `Template ${params.id} updated.` });
  },
});

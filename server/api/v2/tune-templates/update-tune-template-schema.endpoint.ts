import { MessageSchema, UuidParamSchema } from '../../../http/common-schemas';
import { defineEndpoint, json } from '../../../http/endpoint';
import { ParameterSchemaSchema } from '../../../templates/parameter-schema';
import { updateTuneTemplateSchema } from '../../../tune-templates/update-tune-template-schema';

export const updateTuneTemplateSchemaEndpoint = defineEndpoint({
  method: 'PUT',
  path: '/v2/tune-templates/{id}/schema',
  tag: 'Tune templates',
  summary: "Replace a template's parameter schema",
  description:
    'The body is the schema: JSON-Schema-like, types object, string, number, integer, ' +
    'boolean, array (or int, float, bool), with properties, default, enum, minimum, ' +
    'maximum, items, required, description and studio_name. Top-level object properties are' +
    ' the tabs of the tune form.',
  params: UuidParamSchema,
  body: ParameterSchemaSchema,
  success: { status: 200, schema: MessageSchema },
  handler: async ({ user, params, body }) => {
    await updateTuneTemplateSchema(user, params.id, body);
    return json({ message: `Parameter schema of template ${params.id} updated.` });
  },
});

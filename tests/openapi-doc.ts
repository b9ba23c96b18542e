// docs/openapi.json for tests: the document, and its response schemas compiled with Ajv,
// to hold the demo API's and the server's answers to what the document says.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

interface OpenApiResponse {
  $ref?: string;
  content?: { 'application/json'?: { schema?: { $ref?: string } } };
}
interface OpenApiDoc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: { responses: Record<string, OpenApiResponse> } }>;
  components: { schemas: Record<string, unknown>; responses: Record<string, OpenApiResponse> };
}

// A variable, not a literal: Vite rewrites `new URL('literal', import.meta.url)` into an asset URL.
const docPath = '../docs/openapi.json';
export const doc = JSON.parse(readFileSync(new URL(docPath, import.meta.url), 'utf8')) as OpenApiDoc;

const DOC_ID = 'https://tradewinds.invalid/openapi.json';
export const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// Only `components` is a JSON Schema container; register it so the $refs resolve.
ajv.addKeyword({ keyword: 'components' });
ajv.addSchema({ $id: DOC_ID, components: doc.components });

const validators = new Map<string, ValidateFunction>();
export function validatorFor(schemaName: string): ValidateFunction {
  let validate = validators.get(schemaName);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}#/components/schemas/${schemaName}` });
    validators.set(schemaName, validate);
  }
  return validate;
}

/** The components/schemas name the document declares for GET `path` answering `status`. */
export function responseSchemaName(path: string, status: number): string {
  let response = doc.paths[path]?.get.responses[String(status)];
  if (response?.$ref) response = doc.components.responses[response.$ref.replace('#/components/responses/', '')];
  const ref = response?.content?.['application/json']?.schema?.$ref;
  if (!ref) throw new Error(`docs/openapi.json documents no JSON ${status} answer for GET ${path}`);
  return ref.replace('#/components/schemas/', '');
}

export function errorsOf(validate: ValidateFunction): string {
  return ajv.errorsText(validate.errors, { separator: '\n  ', dataVar: 'body' });
}

/** Asserts `body` fits components/schemas/`schemaName`, printing Ajv's errors if not. */
export function expectValid(schemaName: string, body: unknown, what: string): void {
  const validate = validatorFor(schemaName);
  const valid = validate(body);
  expect(valid, `${what} does not fit ${schemaName}:\n  ${errorsOf(validate)}`).toBe(true);
}


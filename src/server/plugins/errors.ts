import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorEnvelope, FieldError } from '../../contracts/common.js';
import { AppError } from '../lib/app-error.js';
import type { Clock } from '../lib/clock.js';

/** Every error leaves the server in the envelope of API.md; a 5xx never carries anything internal. */
export function registerErrorHandling(app: FastifyInstance, clock: Clock): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else if (!(error instanceof AppError)) {
      request.log.info({ code: appError.code, reason: error.message }, 'request rejected');
    }
    return sendError(reply, appError, clock.now());
  });
}

function sendError(reply: FastifyReply, error: AppError, at: Date): FastifyReply {
  const body: ErrorEnvelope = {
    success: false,
    error: { code: error.code, message: error.message, details: error.details ?? null },
    timestamp: at.toISOString(),
  };
  const retryAfter = (error.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  // Rate limits, shed load and locks say when to come back, in the header clients and proxies read too.
  if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
  // Sent as a plain string: the route's response schema describes success, not this envelope.
  return reply.code(error.status).type('application/json; charset=utf-8').serializer(JSON.stringify).send(body);
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new AppError('VALIDATION_ERROR', 'The request is not valid', fieldErrors(error));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('VALIDATION_ERROR', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION_ERROR', 'The request body is empty but its content type is JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.statusCode === 415
        ? new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json')
        : new AppError('VALIDATION_ERROR', error.message);
  }
  // PostgreSQL cannot store a NUL character in text: a schema that let one through still makes
  // it the request's fault, not ours.
  if (['22021', '22P05'].includes((error as { cause?: { code?: string } }).cause?.code ?? '')) {
    return new AppError('VALIDATION_ERROR', 'Text must not contain control characters');
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json');
  if (status >= 400 && status < 500) return new AppError('VALIDATION_ERROR', 'The request is not valid');
  return new AppError('INTERNAL_ERROR', 'Something went wrong on our side', { requestId: request.id });
}

type ValidationIssue = { instancePath: string; message?: string; keyword: string; params: { keys?: string[] } };

function fieldErrors(error: FastifyError): FieldError[] {
  const where = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  return (error.validation as unknown as ValidationIssue[]).flatMap((issue) => {
    const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'unrecognized_keys') {
      return (issue.params.keys ?? []).map((key) => ({ field: base ? `${base}.${key}` : key, message: 'Unknown field' }));
    }
    return [{ field: base || where, message: issue.message ?? 'Invalid value' }];
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  approveBody,
  rejectBody,
  sellerApplication,
  sellerApplicationBody,
  sellerApplicationForReview,
  sellerApplicationListQuery,
  sellerApplicationResult,
} from '../../../contracts/account.js';
import { idParams, ok, okList } from '../../../contracts/common.js';
import { signedIn } from '../../plugins/authorize.js';
import type { SellerApplicationService } from './seller-applications.service.js';

/** Applying to sell (/me/seller-application) and the admins' review queue (/admin/seller-applications). */
export async function sellerApplicationRoutes(app: FastifyInstance, options: { sellerApplications: SellerApplicationService }): Promise<void> {
  const applications = options.sellerApplications;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const security = [{ bearer: [] }];

  routes.post(
    '/me/seller-application',
    {
      config: { access: 'seller-application:submit' },
      schema: {
        tags: ['me'],
        summary: 'Apply to sell (customers only; one pending application at a time)',
        security,
        body: sellerApplicationBody,
        response: { 201: ok(sellerApplicationResult) },
      },
    },
    async (request, reply) =>
      reply.code(201).send({ success: true, data: { application: await applications.submit(signedIn(request), request.body) } }),
  );

  routes.get(
    '/me/seller-application',
    {
      config: { access: 'seller-application:submit' },
      schema: { tags: ['me'], summary: 'My latest application to sell, or null', security, response: { 200: ok(sellerApplication.nullable()) } },
    },
    async (request) => ({ success: true as const, data: await applications.latest(signedIn(request)) }),
  );

  routes.get(
    '/admin/seller-applications',
    {
      config: { access: 'seller-applications:review' },
      schema: {
        tags: ['admin'],
        summary: 'Applications to sell: pending ones oldest first, decided ones newest decision first',
        security,
        querystring: sellerApplicationListQuery,
        response: { 200: okList(sellerApplicationForReview) },
      },
    },
    async (request) => {
      const { items, meta } = await applications.list(request.query);
      return { success: true as const, data: items, meta };
    },
  );

  routes.post(
    '/admin/seller-applications/:id/approve',
    {
      config: { access: 'seller-applications:review' },
      schema: {
        tags: ['admin'],
        summary: 'Approve a pending application: the customer becomes a seller and is emailed',
        security,
        params: idParams,
        body: approveBody,
        response: { 200: ok(sellerApplicationForReview) },
      },
    },
    async (request) => ({
      success: true as const,
      data: await applications.approve(signedIn(request), request.params.id, request.body?.reason),
    }),
  );

  routes.post(
    '/admin/seller-applications/:id/reject',
    {
      config: { access: 'seller-applications:review' },
      schema: {
        tags: ['admin'],
        summary: 'Reject a pending application with a reason the applicant is emailed',
        security,
        params: idParams,
        body: rejectBody,
        response: { 200: ok(sellerApplicationForReview) },
      },
    },
    async (request) => ({
      success: true as const,
      data: await applications.reject(signedIn(request), request.params.id, request.body.reason),
    }),
  );
}

// The shapes of API.md's /me/addresses. Types only (`import type` is erased): the Zod schemas of
// contracts/addresses stay out of the bundle.
export type { AddressBody, AddressPatch, AddressView as Address } from '../../../contracts/addresses';

// The product pages serve two consoles: the seller center (a seller's own products) and the admin
// console (everyone's). The pages are the same; their addresses say which console they sit in.
export type Surface = 'seller' | 'admin';

export const productPaths = {
  seller: { list: '/seller/products', edit: '/seller/products/$productId', inventory: '/seller/products/$productId/inventory' },
  admin: { list: '/admin/products', edit: '/admin/products/$productId', inventory: '/admin/products/$productId/inventory' },
} as const;

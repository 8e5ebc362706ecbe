// The shapes of API.md's auth and me endpoints, as the web app reads them. Types only: the
// Zod schemas in contracts stay out of the bundle.

export type UserRole = 'customer' | 'seller' | 'admin';

/** `GET /me`; also the `user` of register, verify-email and login. */
export type CurrentUser = {
  id: string;
  email: string;
  fullName: string;
  phone: string | null;
  role: UserRole;
  status: string;
  emailVerified: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type RegisterBody = {
  email: string;
  password: string;
  fullName: string;
  phone: string;
  role: 'customer' | 'seller';
  business?: { name: string; taxId: string };
};

export type LoginResult = {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: CurrentUser;
  session: { id: string };
};

export type DeviceType = 'desktop' | 'mobile' | 'tablet' | 'unknown';

/** One signed-in device in `GET /me/sessions`. */
export type UserSession = {
  id: string;
  current: boolean;
  deviceType: DeviceType;
  browser: string | null;
  os: string | null;
  ip: string | null;
  location: string | null;
  createdAt: string;
  lastActiveAt: string;
  status: 'active';
};

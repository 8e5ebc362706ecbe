// The shapes of API.md's auth and me endpoints. Types only (`import type` is erased): the Zod
// schemas of contracts/auth stay out of the bundle.
import type { SessionView, UserProfile } from '../../../contracts/auth';

export type { LoginResult, RegisterBody } from '../../../contracts/auth';

/** `GET /me`; also the `user` of register, verify-email and login. */
export type CurrentUser = UserProfile;
export type UserRole = UserProfile['role'];

/** One signed-in device in `GET /me/sessions`. */
export type UserSession = SessionView;
export type DeviceType = SessionView['deviceType'];

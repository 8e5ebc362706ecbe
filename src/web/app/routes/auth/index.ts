// Signing in, registration and recovery: one lazily loaded chunk (see app/router/storefront.tsx).
export { CheckEmailPage } from './check-email';
export { ForgotPasswordPage } from './forgot-password';
export { RegisterPage } from './register';
export { ResetPasswordPage } from './reset-password';
export { SignInPage } from './sign-in';
export { UnlockPage } from './unlock';
export { VerifyEmailPage } from './verify-email';

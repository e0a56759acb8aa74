export { buildApp, BODY_LIMIT, type AppConfig, type AppDeps } from './app.js';
export { sendError, type ApiError } from './errors.js';

export { buildApp, BODY_LIMIT, type AppConfig, type AppDeps } from './app.js';
export { sendError, type ApiError } from './errors.js';
export { authenticate, requireRole, type Caller } from './auth.js';
export { loadOptionalPlugins, OPTIONAL_PLUGINS, type AppPlugin, type PluginOptions } from './plugins.js';

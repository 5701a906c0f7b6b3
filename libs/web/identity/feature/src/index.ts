export {
  activateRoutes,
  auditLogRoutes,
  loginRoutes,
  peopleAdminRoutes,
  profileRoutes,
} from './lib/identity.routes';

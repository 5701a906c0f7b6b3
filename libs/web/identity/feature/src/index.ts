export {
  activateRoutes,
  loginRoutes,
  peopleAdminRoutes,
  profileRoutes,
} from './lib/identity.routes';

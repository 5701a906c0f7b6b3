export { ExecutiveHomePage } from './lib/executive-home.page';
export { HrHomePage } from './lib/hr-home.page';
export { MenteeHomePage } from './lib/mentee-home.page';
export { MentorHomePage } from './lib/mentor-home.page';

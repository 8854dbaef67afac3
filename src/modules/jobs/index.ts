/** Public surface of the jobs module: generic status of the tenant's background jobs. */
export { jobsRoutes } from './jobs.routes.ts';
export { getJob, listOwnJobs } from './jobs.service.ts';

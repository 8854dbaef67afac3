/** Public surface of the jobs module: generic status of the tenant's background jobs, and their liveness. */
// Liveness first: other modules' job runners use it, and it depends on nothing of theirs.
export {
  BOOT_ID,
  failAbandonedJobs,
  failIfAbandoned,
  JOB_FAILURES,
  type JobFailure,
  jobFailure,
  onJobAbandoned,
  STALE_AFTER_MS,
  trackJob,
} from './jobs.liveness.ts';
export { jobsRoutes } from './jobs.routes.ts';
export { getJob, listOwnJobs } from './jobs.service.ts';

import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/db/schema.ts',
    './src/db/schema-skp.ts',
    './src/db/schema-pelaksanaan.ts',
    './src/db/schema-evaluasi.ts',
  ],
  out: './src/db/migrations',
});

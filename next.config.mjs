import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at runtime: PGlite reads its WASM bundle by file URL, argon2 is native,
  // and exceljs pulls in optional modules the bundler cannot resolve.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);

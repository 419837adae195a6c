import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Loaded from node_modules at runtime: PGlite reads its WASM bundle by file URL, argon2 is native,
  // exceljs pulls in optional modules the bundler cannot resolve, pdfkit reads its font metrics
  // from its own folder, and bwip-js picks its build by the "node" export condition.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "exceljs", "pdfkit", "bwip-js"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);

declare module 'virtual:unwarranted/recognition' {
  import type { VendorId, Recognition } from './dataset/schema';
  /** The bundled dataset's recognition data, validated at build time (vite.config.ts). */
  const vendors: readonly { id: VendorId; name: string; recognition: Recognition }[];
  export default vendors;
}

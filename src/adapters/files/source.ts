// The imported-files source: what the person imported with Import data, kept in this
// browser's IndexedDB. Nothing to configure; it changes only through the import.
import { defineSource } from '../data-source';
import { createFilesAdapter } from './files-adapter';

export const filesAdapter = createFilesAdapter();

export const filesSource = defineSource({
  id: 'files',
  label: 'Imported files',
  about: 'Imported files are kept in this browser. Use Import data to add or remove them.',
  create: () => filesAdapter,
});

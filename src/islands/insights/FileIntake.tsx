import { useState, type DragEvent } from 'react';
import { readDroppedFiles } from './read-dropped-files';

interface Props {
  /** False until the island is mounted: the inputs do nothing before. */
  ready: boolean;
  onFiles(files: File[]): void;
  /** Tells the page a drop could not be read (e.g. a folder the browser may not open). */
  onDropFailed(message: string): void;
}

// React passes unknown attributes through: this one lets a file input pick a whole folder.
const FOLDER_PICKER = { webkitdirectory: '' } as Record<string, string>;

/**
 * Three ways in, each with its own visible label: choose files, choose a folder, or drop files
 * or folders on the zone around them. The drop zone is a convenience, never the only way.
 */
export function FileIntake({ ready, onFiles, onDropFailed }: Props) {
  const [dragging, setDragging] = useState(false);
  const pick = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    readDroppedFiles(event.dataTransfer).then(onFiles, (error: Error) =>
      onDropFailed(
        `The dropped files could not be read (${error.message}). Nothing was added. Choose the files or the folder with the buttons instead.`,
      ),
    );
  };
  return (
    <div
      className={dragging ? 'drop-zone insights-intake dragging' : 'drop-zone insights-intake'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p className="insights-intake-hint">Drop export files or a folder of them here, or:</p>
      <label htmlFor="insights-files">Choose export files (.json)</label>
      <input
        id="insights-files"
        type="file"
        multiple
        accept=".json,application/json"
        disabled={!ready}
        onChange={(event) => pick(event.currentTarget)}
      />
      <label htmlFor="insights-folder">Choose a folder of export files</label>
      <input
        id="insights-folder"
        type="file"
        {...FOLDER_PICKER}
        disabled={!ready}
        onChange={(event) => pick(event.currentTarget)}
      />
    </div>
  );
}

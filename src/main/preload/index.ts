import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import { buildDeskApi } from '../../shared/ipc/desk-api';

// The strict CSP forbids eval; tell zod up front instead of letting it probe and be refused.
z.config({ jitless: true });

/** The renderer's only door to the main process: the contract's functions, nothing else. */
contextBridge.exposeInMainWorld(
  'desk',
  buildDeskApi((channel, request) => ipcRenderer.invoke(channel, request)),
);

import '../../shared/jitless-zod';
import { contextBridge, ipcRenderer } from 'electron';
import { buildDeskApi } from '../../shared/ipc/desk-api';

/** The renderer's only door to the main process: the contract's functions, nothing else. */
contextBridge.exposeInMainWorld(
  'desk',
  buildDeskApi((channel, request) => ipcRenderer.invoke(channel, request)),
);

import '../../shared/jitless-zod';
import { contextBridge, ipcRenderer } from 'electron';
import { exposeDesk } from './expose-desk';

exposeDesk(contextBridge, ipcRenderer);

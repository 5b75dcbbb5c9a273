import { parentPort, workerData } from 'node:worker_threads';
import { answer, InstallGroup, type GroupRequest } from './simulatedInstalls';

/** A worker thread of the sync simulation: holds some of its installs and does what the simulation asks of them. */
const group = new InstallGroup((workerData as { root: string }).root);
parentPort!.on('message', (request: GroupRequest) => {
  void answer(group, request).then((reply) => parentPort!.postMessage(reply));
});

import { checkVolumeFits, checkVolumeMove, nextDevices, volumeMoves } from '../domain/volumes.js'
import type { Tx } from '../db/database.js'
import { updateVolumes, volumesOf, type VolumeRow } from '../db/stores/volumes.js'
import { volumes as lookupVolumes } from './lookups/volume.js'

/**
 * Starts attaching `volumes` to an instance: each must be available and fit the instance's class
 * (1400), gets the next free device name and enters `attaching`; the job makes it `in-use`.
 */
export async function beginAttach(
  tx: Tx,
  volumes: readonly VolumeRow[],
  instance: { instance_id: string; instance_class: number },
): Promise<void> {
  for (const volume of volumes) {
    checkVolumeMove(volume, volumeMoves.attach)
    checkVolumeFits(volume, instance)
  }
  const used = (await volumesOf(tx.db, [instance.instance_id])).map((v) => v.device)
  const devices = nextDevices(instance.instance_id, used, volumes.length)
  for (const [i, volume] of volumes.entries()) {
    await updateVolumes(tx, [volume.volume_id], { transition_status: 'attaching', instance_id: instance.instance_id, device: devices[i]! })
  }
}

/** RunInstances' `volumes.n`: claimed for the new instance before it is written (docs/api/instance.md#runinstances). */
export async function claimVolumesForNewInstance(
  tx: Tx,
  input: { volume_ids: readonly string[]; instance_id: string; instance_class: number; zone: string },
): Promise<void> {
  if (input.volume_ids.length === 0) return
  const rows = await lookupVolumes.all(tx.db, input.volume_ids, input.zone)
  await beginAttach(tx, rows, input)
}

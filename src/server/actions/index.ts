import * as account from './account/index.js'
import * as billing from './billing/index.js'
import * as eip from './eip/index.js'
import * as image from './image/index.js'
import * as instance from './instance/index.js'
import * as job from './job/index.js'
import * as keypair from './keypair/index.js'
import * as loadbalancer from './loadbalancer/index.js'
import * as monitor from './monitor/index.js'
import * as alarm from './alarm/index.js'
import * as notification from './notification/index.js'
import * as project from './project/index.js'
import * as qingstack from './qingstack/index.js'
import * as quota from './quota/index.js'
import * as router from './router/index.js'
import * as security_group from './security_group/index.js'
import type { HandlerMap } from './types.js'
import * as snapshot from './snapshot/index.js'
import * as tag from './tag/index.js'
import * as userdata from './userdata/index.js'
import * as volume from './volume/index.js'
import * as vxnet from './vxnet/index.js'
import * as zone from './zone/index.js'

/** The handler of every registry action; a missing one is a compile error (house rule 3). */
export const handlers: HandlerMap = {
  ...account,
  ...billing,
  ...eip,
  ...image,
  ...instance,
  ...job,
  ...keypair,
  ...loadbalancer,
  ...monitor,
  ...alarm,
  ...notification,
  ...project,
  ...qingstack,
  ...quota,
  ...router,
  ...security_group,
  ...snapshot,
  ...tag,
  ...userdata,
  ...volume,
  ...vxnet,
  ...zone,
}

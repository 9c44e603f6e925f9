export { CreateKeyPair } from './CreateKeyPair.js'
export { DescribeKeyPairs } from './DescribeKeyPairs.js'

export { UploadUserDataAttachment } from './UploadUserDataAttachment.js'

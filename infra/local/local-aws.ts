/** The local stand-ins accept any credentials and region; these fixed ones keep data in one place. */
export const LOCAL_REGION = 'eu-west-3';
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
/** Resource names the CDK stack generates in AWS; fixed locally. */
export const LOCAL_TABLE_NAME = 'communs';
export const LOCAL_MEDIA_BUCKET = 'communs-media';

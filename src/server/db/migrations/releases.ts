/**
 * The migrations each release ships, by name, with the SHA-256 of each file as released (line
 * endings read as `\n`). When a release is cut it appends its entry, listing every migration of
 * `index.ts` at that commit; no entry is ever edited. `test/db/upgrade.test.ts` builds a store with
 * exactly a release's migrations, fills it with rows as that release wrote them, and opens it with
 * the current code on SQLite and PostgreSQL; a released migration whose file changed fails it, so
 * a mistake in a released migration is fixed by a new one.
 */
export const releases: ReadonlyArray<{ version: string; migrations: Readonly<Record<string, string>> }> = [
  {
    version: '0.1.0',
    migrations: {
      '001-foundation': '1d56b450a974d4f0cde7966d02e48dd605e2860a1205e778eb793ab4129309c5',
      '010-volumes': 'b6affdc0eaf8b34d72e9ce3663c178610e5593df1a743bb1b96348b3683e4751',
      '011-instances': 'e18c93c53c194b7376d1ed1df7ac09f726cf8dc547e76b9a489d9e4067ef3e0b',
      '012-tags': '3942f6449b02979ed24ea2b25f8644fe15e602439751219e1bc9f95cbbb9f4b1',
      '013-snapshots': 'b42152690163431494df360e34ffec45523d536f88ed38a2e540f9a886bd6292',
      '014-describe-indexes': '18a708f458e03214a6801a05c817022cabb214244b2bc5c7e202ce6600b49730',
      '015-userdata-attachments': 'e8a7a5bb5a17c61601ab9e91f0c1a39d65ebd754783cb2ad4fd7923cafc2940e',
      '020-network': 'e39a5b75ba89880a0b336c810c841589e25d56c272ac8e26249a5d324ae992a9',
      '021-security-group-sets': '0d05476ec3b74fbc42f203a2ef9480be29618eaa1943c9ea0f9cb9025ccf24a2',
      '022-router-static-entries': '3287c7d0e47ec2901faf29bfc35cb46bf1807a4c4118eed5e13e37c6e96bafb8',
      '023-rule-disabled': 'd0be329d0c91d4081839ddbba0f841ffe3f6043586e34960323289a5ffbc8b7c',
      '030-projects': '96d4d7384a7fdc2497d34b716da37a3c12a388a9f61c99fb9d42c88055ca1b75',
      '040-job-steps': '162acbced4f67eb37ddafca02c5a8cee6d87639d7ab22940131e5083dc4786b7',
    },
  },
]

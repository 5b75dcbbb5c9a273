// electron-builder: installers for Windows, macOS and Linux, with Electron
// fuses that turn off what an attacker on the machine could use (docs/security.md).
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'nl.masternetwerk.app',
  productName: 'Masternetwerk',
  directories: { output: 'dist', buildResources: 'build' },
  files: ['out/**/*', '!out/**/*.map', 'package.json'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: { target: 'nsis' },
  mac: { target: 'dmg', category: 'public.app-category.education', hardenedRuntime: true },
  linux: { target: ['AppImage', 'deb'], category: 'Education' },
};

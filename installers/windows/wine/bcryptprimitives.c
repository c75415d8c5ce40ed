/*
 * Test-harness shim, used ONLY inside the Wine prefix of installers/windows/check-msi.sh,
 * never shipped in the MSI. Windows 10 and later ship bcryptprimitives.dll; Wine 8 (Debian 12)
 * does not, and Rust-built extensions (cryptography's _rust.pyd) import its ProcessPrng.
 * ProcessPrng here forwards to the system RNG behind BCryptGenRandom.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}

using System.CommandLine;
using CrmSync.Worker.Access;

namespace CrmSync.Worker.Cli;

/// <summary>
/// <c>crmsync hash-password</c>: reads a password from standard input (never from the command line, which other users
/// can see) and prints its hash for <c>CrmSync:Access:Basic:Users:&lt;name&gt;:PasswordHash</c>.
/// </summary>
public static class HashPasswordCommand
{
    public static Command Build()
    {
        var command = new Command("hash-password", "Read a password from standard input and print the hash a basic-auth user's PasswordHash takes");
        CommandActions.Set(command, async (parse, ct) =>
        {
            var password = await Console.In.ReadLineAsync(ct);
            if (string.IsNullOrEmpty(password))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: no password on standard input (echo -n … | crmsync hash-password)");
                return 2;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(PasswordHashes.Hash(password));
            return 0;
        });
        return command;
    }
}

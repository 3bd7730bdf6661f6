using Cordon.Intelligence;

namespace Cordon.Intelligence.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Unparsable_ip_gives_null()
    {
        var intel = IpIntelligence.Load(new IpDataFiles(null, null, [], [], []));
        Assert.Null(intel.Lookup("not-an-ip"));
    }
}

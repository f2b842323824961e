namespace CrmSync.Core.Dedupe.Normalisation;

/// <summary>
/// The built-in English given-name variants, one group per line as "formal: variant, variant". A name may sit in
/// several groups (al → albert, alan, alfred). Tenants extend it through <c>DedupeSettings.ExtraNicknames</c>.
/// </summary>
internal static class NicknameData
{
    public const string Default = """
        abigail: abby, abbie, gail
        abraham: abe, bram
        albert: al, bert, bertie
        alan: al, allan, allen
        alfred: al, alf, alfie, fred, freddie
        alexander: alex, alec, alek, sandy, xander, sasha, lex
        alexandra: alex, alexa, lexi, sandra, sandy, sasha
        alice: ally, allie, alicia, elsie
        allison: ally, allie, alison
        amanda: mandy, manda
        andrew: andy, drew, andre
        angela: angie
        anthony: tony, ant, antony
        arthur: art, artie
        barbara: barb, barbie, babs
        benjamin: ben, benny, benji
        bernard: bernie
        beverly: bev
        bradley: brad
        brian: bryan
        caroline: carol, carrie, caro
        catherine: cathy, cat, kate, katie, kathy, kitty, katherine, kathryn, cate
        charles: charlie, chuck, chas, chaz, chip
        charlotte: lottie, charlie, lotte
        christina: chris, tina, chrissy, christine, kristina
        christopher: chris, kit, topher, kris
        clifford: cliff
        cynthia: cindy
        daniel: dan, danny
        david: dave, davy, davey
        deborah: debbie, deb, debra
        dennis: denny
        donald: don, donnie
        dorothy: dot, dottie, dolly
        douglas: doug
        edward: ed, eddie, ted, teddy, ned, eddy
        edwin: ed, eddie
        eleanor: ellie, nell, nellie, nora, elle, elnora
        elizabeth: liz, beth, betty, lizzie, eliza, betsy, libby, lisa, bess, elise, ellie
        emily: em, emmy, millie
        eugene: gene
        evelyn: evie, eve
        frances: fran, frankie, fanny
        francis: frank, frankie, fran
        frederick: fred, freddie, freddy, fritz
        gabriel: gabe
        gabriella: gabby, ella
        geoffrey: geoff, jeff, jeffrey
        gerald: gerry, jerry
        gregory: greg
        harold: hal, harry
        harriet: hattie
        henry: harry, hank, hal
        isabella: bella, izzy, isabel, isabelle, issy
        jacob: jake, jakey
        james: jim, jimmy, jamie, jem
        janet: jan
        jennifer: jen, jenny, jenn
        jessica: jess, jessie
        john: jack, johnny, jon, jonny
        jonathan: jon, jonny, nathan, john
        joseph: joe, joey, jo
        josephine: jo, josie, joey
        joshua: josh
        judith: judy, jude
        katherine: kate, kathy, katie, kat, kay
        kenneth: ken, kenny
        kimberly: kim
        lawrence: larry, laurie, lars
        leonard: leo, len, lenny
        lillian: lily, lil, lilly
        louis: lou, louie
        louise: lou, lulu
        margaret: maggie, meg, peggy, marge, margie, greta, madge, daisy, molly, maisie
        matilda: tilly, mattie, tilda
        matthew: matt, matty
        michael: mike, mikey, mick, micky, mickey, mitch
        natalie: nat, nattie
        nathaniel: nate, nat, nathan
        nicholas: nick, nicky, nico, cole
        nicole: nikki, nicky
        oliver: ollie, olly
        olivia: liv, livvy, ollie
        pamela: pam
        patricia: pat, patty, tricia, trish, patsy
        patrick: pat, paddy, rick
        peter: pete
        philip: phil, pip, phillip
        rebecca: becky, becca, bec
        richard: rick, rich, dick, ricky, richie, rico
        robert: bob, bobby, rob, robbie, bert, robin, bobbie
        ronald: ron, ronnie
        samantha: sam, sammy, sammie
        samuel: sam, sammy
        sarah: sally, sadie, sara
        stephen: steve, stevie, steven, stephan
        susan: sue, susie, suzy, suzanne
        theodore: ted, teddy, theo
        thomas: tom, tommy, thom
        timothy: tim, timmy
        victoria: vicky, vicki, tori, vic
        vincent: vince, vinny
        walter: walt, wally
        william: bill, billy, will, willy, liam, willie, wim
        zachary: zach, zack, zac
        """;
}

/// `dyadtest!(name, |dir: Dir, mut cmd: TestCommand| { … })`: a test with a fresh folder and a
/// `dyad` command whose working directory is that folder.
macro_rules! dyadtest {
    ($name:ident, $fun:expr) => {
        #[test]
        fn $name() {
            let dir = $crate::util::Dir::new(stringify!($name));
            let cmd = dir.command();
            let f: &dyn Fn($crate::util::Dir, $crate::util::TestCommand) = &$fun;
            f(dir, cmd);
        }
    };
}

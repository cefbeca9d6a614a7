window.YTD.profile.part0 = [ {
  "profile" : {
    "description" : {
      "bio" : "Piekę chleb na zakwasie na Bałutach i oddaję nadwyżki sąsiadom. Rye, sourdough, too much flour everywhere. Odbiór bochenków: bartek.wrzesinski@example.org",
      "website" : "https://t.co/Qm4rVx8sLp",
      "location" : "Łódź, Polska"
    },
    "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1287765431970304000/Hq3xT9bL.jpg",
    "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1157179544373821440/1596288011"
  }
} ]
window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Naturalist on a tour boat out of Bay Bulls 🐋🧊 humpbacks, puffins, bergs. Photos mine unless I say, b'y.",
        "website" : "https://t.co/Qm4TzL8pWx",
        "location" : "St. John's, NL"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1802741333610201088/Hq7vTm2K.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/884897508642366131/1718642015"
    }
  }
]